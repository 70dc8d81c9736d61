window.LIBRO_BUSQUEDA.recibir("t-ta",{"tal":[1,[1,1,1,1]],"taman":[1,[4,1,4,1]],"tard":[1,[5,1,5,1]]});
