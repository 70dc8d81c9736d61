window.LIBRO_BUSQUEDA.recibir("t-cl",{"clav":[1,[38,1,64,1]]});
