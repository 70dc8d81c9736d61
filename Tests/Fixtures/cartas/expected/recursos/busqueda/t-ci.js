window.LIBRO_BUSQUEDA.recibir("t-ci",{"cierr":[2,[2,1,4,1,1,2,1,1,5,5]],"civil":[1,[1,1,2,5]]});
