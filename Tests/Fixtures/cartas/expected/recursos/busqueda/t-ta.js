window.LIBRO_BUSQUEDA.recibir("t-ta",{"tard":[1,[2,1,4,1]],"tarjet":[3,[2,1,4,2,3,2,5,1,8,1,4,2,11,1,18,1]]});
