window.LIBRO_BUSQUEDA.recibir("t-et",{"etap":[1,[3,1,4,1]]});
