window.LIBRO_BUSQUEDA.recibir("t-01",{"01":[1,[38,2,64,1,1,1]]});
