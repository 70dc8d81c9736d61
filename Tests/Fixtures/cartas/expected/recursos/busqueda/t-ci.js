window.LIBRO_BUSQUEDA.recibir("t-ci",{"cierr":[2,[2,1,4,1,3,2,5,1,10,5]],"civil":[1,[1,1,2,5]]});
