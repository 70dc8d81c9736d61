window.LIBRO_BUSQUEDA.recibir("t-ap",{"apartad":[1,[0,1,0,1]]});
