window.LIBRO_BUSQUEDA.recibir("t-ta",{"tard":[1,[2,1,4,1]],"tarjet":[3,[2,1,4,2,1,2,1,1,3,1,1,2,3,1,7,1]]});
